import SwiftUI

struct Todo: Identifiable, Hashable {
    let id: Int
    var title: String
    var done: Bool = false

    static let sample = Todo(id: 0, title: "Sample")
}

enum Filter: String, CaseIterable, Identifiable {
    case all, active, done
    var id: String { rawValue }
}

extension Color {
    static let brand = Color(red: 0.2, green: 0.4, blue: 0.8)
    init(hex: UInt32) {
        self.init(red: Double((hex >> 16) & 0xff) / 255, green: Double((hex >> 8) & 0xff) / 255, blue: Double(hex & 0xff) / 255)
    }
}

extension View {
    func cardStyle() -> some View {
        self.padding(12)
            .background(RoundedRectangle(cornerRadius: 8).fill(Color.brand.opacity(0.1)))
    }
}

struct TodoRow: View {
    let todo: Todo
    var onToggle: () -> Void
    var onDelete: () -> Void = {}

    var body: some View {
        HStack(spacing: 8) {
            Toggle(isOn: Binding(get: { todo.done }, set: { _ in onToggle() })) {
                EmptyView()
            }
            .labelsHidden()
            Text(todo.title)
                .font(.body)
                .fontWeight(.medium)
                .strikethrough(todo.done)
                .foregroundStyle(todo.done ? .secondary : .primary)
                .lineLimit(1)
            Spacer()
            Button(role: .destructive, action: onDelete) {
                Image(systemName: "trash")
                    .resizable()
                    .scaledToFit()
                    .frame(width: 16, height: 16)
            }
            .accessibilityLabel("Delete")
        }
        .padding(.horizontal, 12)
        .padding(.vertical, 8)
    }
}

struct TodoListView: View {
    var title: String = "Todos"
    @State private var todos: [Todo] = []
    @State private var draft = ""
    @State private var nextId = 1
    @State private var filter: Filter = .all
    @State private var showAlert = false
    @Environment(\.dismiss) private var dismiss
    @FocusState private var focused: Bool

    private var remaining: Int { todos.filter { !$0.done }.count }

    private let columns = [GridItem(.flexible()), GridItem(.adaptive(minimum: 80), spacing: 4)]

    var body: some View {
        NavigationStack {
            VStack(spacing: 16) {
                Text("\(title) (\(remaining) left)")
                    .font(.title)
                    .bold()
                HStack(spacing: 8) {
                    TextField("New item", text: $draft)
                        .textFieldStyle(.roundedBorder)
                        .focused($focused)
                        .submitLabel(.done)
                        .onSubmit { add() }
                    Button("Add", action: add)
                        .disabled(draft.isEmpty)
                }
                Picker("Filter", selection: $filter) {
                    ForEach(Filter.allCases) { f in
                        Text(f.rawValue.capitalized).tag(f)
                    }
                }
                .pickerStyle(.segmented)
                if todos.isEmpty {
                    ContentUnavailableView("Nothing to do", systemImage: "checkmark.circle")
                } else {
                    List {
                        ForEach(todos) { todo in
                            TodoRow(todo: todo, onToggle: { toggle(todo) }, onDelete: { delete(todo) })
                                .listRowSeparator(.hidden)
                        }
                        .onDelete { indexSet in
                            todos.remove(atOffsets: indexSet)
                        }
                    }
                    .listStyle(.plain)
                }
                ScrollView(.horizontal, showsIndicators: false) {
                    LazyHStack(spacing: 4) {
                        ForEach(0..<5, id: \.self) { i in
                            Circle()
                                .fill(i % 2 == 0 ? Color.brand : Color(hex: 0xff0000))
                                .frame(width: 20, height: 20)
                        }
                    }
                }
                LazyVGrid(columns: columns, spacing: 8) {
                    ForEach(todos) { todo in
                        Text(todo.title).cardStyle()
                    }
                }
                ProgressView(value: Double(todos.count - remaining), total: Double(max(todos.count, 1)))
                    .tint(.green)
                ZStack(alignment: .topTrailing) {
                    RoundedRectangle(cornerRadius: 12, style: .continuous)
                        .stroke(Color.gray, lineWidth: 1)
                    Text("Hi") + Text(" there").italic()
                }
                .frame(height: 44)
                .clipShape(RoundedRectangle(cornerRadius: 12))
                .overlay(alignment: .bottom) {
                    Divider()
                }
                .shadow(color: .black.opacity(0.1), radius: 4, x: 0, y: 2)
            }
            .padding([.top, .horizontal], 16)
            .navigationTitle(title)
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .topBarTrailing) {
                    Button {
                        showAlert = true
                    } label: {
                        Label("Clear", systemImage: "xmark")
                    }
                }
            }
            .alert("Clear all?", isPresented: $showAlert) {
                Button("Clear", role: .destructive) { todos.removeAll() }
                Button("Cancel", role: .cancel) {}
            }
            .onAppear {
                focused = true
            }
            .onChange(of: draft) { oldValue, newValue in
                print(oldValue, newValue)
            }
            .animation(.easeInOut(duration: 0.2), value: todos)
            .background(Color(.systemBackground))
            .sheet(isPresented: $showAlert) {
                Text("Sheet")
                    .presentationDetents([.medium, .large])
            }
        }
    }

    private func add() {
        guard !draft.isEmpty else { return }
        withAnimation(.spring()) {
            todos.append(Todo(id: nextId, title: draft))
        }
        nextId += 1
        draft = ""
    }

    private func toggle(_ todo: Todo) {
        if let index = todos.firstIndex(where: { $0.id == todo.id }) {
            todos[index].done.toggle()
        }
    }

    private func delete(_ todo: Todo) {
        todos.removeAll { $0.id == todo.id }
    }
}

#Preview {
    TodoListView(title: "Preview")
}
