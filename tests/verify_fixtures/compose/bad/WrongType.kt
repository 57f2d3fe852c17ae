package xui.fixtures.bad.wrongtype

import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp

@Composable
fun WrongType(modifier: Modifier = Modifier) {
    Text(text = "Count", fontSize = 20) // expect-error: ARGUMENT_TYPE_MISMATCH
    Text(text = 42) // expect-error: NONE_APPLICABLE
}
