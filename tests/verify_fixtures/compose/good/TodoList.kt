package xui.fixtures.todo

import androidx.compose.foundation.background
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Delete
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateListOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.alpha
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.tooling.preview.Preview
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp

@Immutable
data class Todo(val id: Int, val title: String, val done: Boolean = false)

@Composable
fun TodoRow(
    todo: Todo,
    onToggle: () -> Unit,
    onDelete: () -> Unit,
    modifier: Modifier = Modifier,
) {
    Row(
        modifier = modifier
            .fillMaxWidth()
            .clickable(onClick = onToggle)
            .padding(horizontal = 12.dp, vertical = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Checkbox(checked = todo.done, onCheckedChange = { onToggle() })
        Text(
            text = todo.title,
            fontSize = 16.sp,
            modifier = Modifier.weight(1f).alpha(if (todo.done) 0.5f else 1f),
        )
        IconButton(onClick = onDelete) {
            Icon(Icons.Filled.Delete, contentDescription = "Delete")
        }
    }
}

@Composable
fun TodoList(modifier: Modifier = Modifier, title: String = "Todos") {
    val todos = remember { mutableStateListOf<Todo>() }
    var draft by remember { mutableStateOf("") }
    var nextId by remember { mutableStateOf(1) }
    val remaining = todos.count { !it.done }

    Column(modifier = modifier.fillMaxSize().padding(16.dp)) {
        Text("$title ($remaining left)", fontSize = 24.sp)
        Row(verticalAlignment = Alignment.CenterVertically) {
            OutlinedTextField(
                value = draft,
                onValueChange = { draft = it },
                placeholder = { Text("New item") },
                modifier = Modifier.weight(1f),
            )
            TextButton(
                onClick = {
                    todos.add(Todo(nextId, draft))
                    nextId += 1
                    draft = ""
                },
                enabled = draft.isNotEmpty(),
            ) {
                Text("Add")
            }
        }
        Spacer(Modifier.weight(0.1f))
        LazyColumn(
            modifier = Modifier
                .clip(RoundedCornerShape(8.dp))
                .background(Color(0xFFF5F5F5)),
        ) {
            items(todos, key = { it.id }) { todo ->
                TodoRow(
                    todo = todo,
                    onToggle = {
                        val i = todos.indexOfFirst { it.id == todo.id }
                        todos[i] = todo.copy(done = !todo.done)
                    },
                    onDelete = { todos.remove(todo) },
                )
            }
        }
    }
}

@Preview
@Composable
private fun TodoListPreview() {
    TodoList()
}
