package xui.fixtures.bad.unknownmodifier

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

@Composable
fun UnknownModifier(modifier: Modifier = Modifier) {
    Column(modifier = modifier.paddingg(16.dp)) { // expect-error: UNRESOLVED_REFERENCE
        Text("Hello")
    }
}
