package xui.fixtures.bad.missingimport

import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier

@Composable
fun MissingImport(modifier: Modifier = Modifier) {
    val count = remember { mutableStateOf(0) }
    Button(onClick = { count.value += 1 }) { // expect-error: UNRESOLVED_REFERENCE
        Text("Add") // expect-error: COMPOSABLE_INVOCATION
    }
}
