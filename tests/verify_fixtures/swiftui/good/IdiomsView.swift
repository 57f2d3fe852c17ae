import SwiftUI

struct IdiomsView: View {
    @State private var items: [String] = ["a", "b"]
    @State private var query = ""
    @State private var price = 9.99
    @State private var on = false
    @State private var value = 5
    @State private var level = 50.0
    @State private var date = Date()
    @State private var pick = 0
    @State private var showSheet = false
    @Namespace private var ns
    @FocusState private var focused: Bool
    @Environment(\.dismiss) private var dismiss
    let timer = Timer.publish(every: 1, on: .main, in: .common).autoconnect()

    @ViewBuilder
    private func badge(_ n: Int) -> some View {
        Text("\(n)").padding(4).background(.red, in: Capsule())
    }

    var body: some View {
        NavigationStack {
            List {
                ForEach(Array(items.enumerated()), id: \.offset) { index, item in
                    NavigationLink(destination: Text(item)) {
                        Text("\(index): \(item)")
                    }
                }
                .onDelete { items.remove(atOffsets: $0) }
                NavigationLink("Settings") { Text("Settings") }
                Text(price, format: .currency(code: "USD"))
                Text(LocalizedStringKey("hello"))
                Toggle(isOn: $on) { Text("On") }
                Stepper(value: $value, in: 1...10) { Text("\(value)") }
                Slider(value: $level, in: 0...100, step: 1)
                DatePicker("Date", selection: $date)
                Picker("Pick", selection: $pick) {
                    Text("A").tag(0)
                    Text("B").tag(1)
                }
                .pickerStyle(SegmentedPickerStyle())
                Menu {
                    Button("One") {}
                } label: {
                    Image(systemName: "ellipsis.circle").imageScale(.large).symbolRenderingMode(.hierarchical)
                }
                badge(3)
                Label("Star", systemImage: "star").labelStyle(.iconOnly)
            }
            .listStyle(.insetGrouped)
            .scrollContentBackground(.hidden)
            .searchable(text: $query)
            .navigationTitle("Idioms")
            .toolbar {
                ToolbarItem(placement: .primaryAction) {
                    Button("Done") { dismiss() }
                }
            }
        }
        .font(.system(.title, design: .rounded))
        .tint(.accentColor)
        .transition(.move(edge: .bottom).combined(with: .opacity))
        .transition(.opacity.combined(with: .scale))
        .animation(.default, value: on)
        .background(.regularMaterial, in: .rect(cornerRadius: 12))
        .clipShape(.rect(cornerRadius: 8))
        .contentShape(.rect)
        .safeAreaInset(edge: .bottom) { Color.clear.frame(height: 0) }
        .font(.headline.weight(.semibold))
        .foregroundStyle(.white.opacity(0.8))
        .overlay(alignment: .topTrailing) { badge(1) }
        .sheet(isPresented: $showSheet) {
            TabView {
                Text("1").tag(0)
            }
            .tabViewStyle(.page(indexDisplayMode: .never))
        }
        .alert(isPresented: $showSheet) {
            Alert(title: Text("x"))
        }
        .onReceive(timer) { _ in value += 1 }
        .task(id: value) { }
        .refreshable { }
        .focused($focused)
        .keyboardType(.numberPad)
        .textInputAutocapitalization(.never)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(.isButton)
        .matchedGeometryEffect(id: "x", in: ns)
        .buttonStyle(PlainButtonStyle())
        .padding(.all, 8)
        .environment(\.locale, Locale(identifier: "de"))
        .onAppear {
            DispatchQueue.main.asyncAfter(deadline: .now() + 1) {
                withAnimation(.easeInOut) { on.toggle() }
            }
            Task { await load() }
            let n = Int.random(in: 0..<10)
            print(n, String(localized: "k"), NSLocalizedString("k", comment: ""))
        }
    }

    private func load() async {}
}
