package xui.fixtures.bad.misspelled

import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier

@Composable
fun Misspelled(modifier: Modifier = Modifier) {
    Colum { // expect-error: UNRESOLVED_REFERENCE
        Text("Hello") // expect-error: COMPOSABLE_INVOCATION
    }
}

fun NotComposable() { // expect-error: COMPOSABLE_EXPECTED
    Text("outside") // expect-error: COMPOSABLE_INVOCATION
}
