import { useState, type ChangeEvent } from 'react';
import { Counter } from './Counter';

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export function TodoList({ title = 'Todos' }: { title?: string }) {
  const [todos, setTodos] = useState<Todo[]>([]);
  const [draft, setDraft] = useState('');
  const remaining = todos.filter((t) => !t.done).length;

  const add = () => {
    setTodos([...todos, { id: todos.length + 1, title: draft, done: false }]);
    setDraft('');
  };

  return (
    <section>
      <h1>
        {title} ({remaining} left)
      </h1>
      <input
        value={draft}
        placeholder="New item"
        onChange={(e: ChangeEvent<HTMLInputElement>) => setDraft(e.target.value)}
      />
      <button type="button" disabled={draft.length === 0} onClick={add}>
        Add
      </button>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id} style={{ opacity: todo.done ? 0.5 : 1 }}>
            <input
              type="checkbox"
              checked={todo.done}
              onChange={() =>
                setTodos(todos.map((t) => (t.id === todo.id ? { ...t, done: !t.done } : t)))
              }
            />
            {todo.title}
          </li>
        ))}
      </ul>
      <Counter initial={remaining} />
    </section>
  );
}
