import SwiftUI
import Observation

@Observable
final class TodoStore {
    var todos: [Item] = []
    var query = ""
    func load() async {}
}

struct Item: Identifiable, Hashable {
    let id = UUID()
    var title: String
    var date: Date = .now
    var url: URL? = nil
}

struct Badge: ViewModifier {
    var color: Color
    func body(content: Content) -> some View {
        content
            .padding(4)
            .background(color, in: Capsule())
    }
}

@main
struct DemoApp: App {
    @State private var store = TodoStore()
    var body: some Scene {
        WindowGroup {
            RootView()
                .environment(store)
        }
    }
}

struct RootView: View {
    @Environment(TodoStore.self) private var store
    @State private var selected: Item?
    @State private var volume = 0.5
    @State private var count = 0
    @State private var when = Date()
    @State private var isOn = false
    @State private var tab = 0

    var body: some View {
        TabView(selection: $tab) {
            NavigationStack {
                Form {
                    Section("Settings") {
                        Toggle("Enabled", isOn: $isOn)
                        Stepper("Count: \(count)", value: $count, in: 0...10)
                        Slider(value: $volume, in: 0...1)
                        DatePicker("When", selection: $when, displayedComponents: .date)
                    }
                    Section {
                        ForEach(store.todos) { item in
                            NavigationLink(value: item) {
                                Label(item.title, systemImage: "doc")
                            }
                            .swipeActions(edge: .trailing) {
                                Button("Delete", role: .destructive) {}
                            }
                        }
                    } header: {
                        Text("Items")
                    } footer: {
                        Text(verbatim: "\(store.todos.count) items")
                    }
                }
                .navigationDestination(for: Item.self) { item in
                    DetailView(item: item)
                }
                .searchable(text: Bindable(store).query, prompt: "Search")
                .refreshable { await store.load() }
                .task { await store.load() }
            }
            .tabItem {
                Label("List", systemImage: "list.bullet")
            }
            .tag(0)
            GeometryReader { proxy in
                ZStack {
                    LinearGradient(colors: [.blue, .purple], startPoint: .top, endPoint: .bottom)
                        .ignoresSafeArea()
                    VStack {
                        Text(when, style: .date)
                            .font(.custom("Avenir", size: 14))
                            .modifier(Badge(color: .yellow))
                        Image(decorative: "hero")
                            .resizable()
                            .aspectRatio(contentMode: .fill)
                            .frame(width: proxy.size.width / 2)
                        AsyncImage(url: URL(string: "https://example.com/a.png")) { phase in
                            switch phase {
                            case .success(let image):
                                image.resizable()
                            default:
                                ProgressView()
                            }
                        }
                        Menu("More") {
                            Button("One") {}
                        }
                    }
                    .frame(minWidth: 0, maxWidth: .infinity, minHeight: 44)
                    .padding(EdgeInsets(top: 1, leading: 2, bottom: 3, trailing: 4))
                    .background(.ultraThinMaterial)
                }
            }
            .tabItem { Label("Art", systemImage: "paintbrush") }
            .tag(1)
        }
        .sheet(item: $selected) { item in
            DetailView(item: item)
        }
        .environment(\.colorScheme, .dark)
        .preferredColorScheme(.dark)
    }
}

struct DetailView: View {
    let item: Item
    @State private var text = ""
    var body: some View {
        Group {
            if text.isEmpty {
                Text(item.title)
            } else {
                Text(text)
            }
        }
        .onTapGesture(count: 2) { text = "" }
        .contentShape(Rectangle())
        .opacity(text.isEmpty ? 1 : 0.5)
        Button(action: { text = "x" }) {
            Text("x")
                .foregroundColor(Color.accentColor)
        }
        Spacer(minLength: 0)
        Divider().padding(.leading)
        Circle().stroke(lineWidth: 2).frame(width: 10, height: 10)
        Capsule().fill(.red).overlay(Text("1").font(.caption2))
    }
}
