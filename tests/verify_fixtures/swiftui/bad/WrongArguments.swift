import SwiftUI

struct Row: View {
    let title: String
    var onTap: () -> Void = {}

    var body: some View {
        Text(title).onTapGesture(perform: onTap)
    }
}

struct WrongArgumentsView: View {
    @State private var name = ""

    var body: some View {
        List {
            Row(titel: "One") // expect-error: swiftui-arguments
            TextField(text: $name) // expect-error: swiftui-arguments
            RoundedRectangle(radius: 8) // expect-error: swiftui-arguments
            ForEach(0..<3, id: \.self) { i in
                Row(title: "\(i)", onTap: {})
            }
        }
        .listStyle(.plane) // expect-error: swiftui-unknown-member
    }
}

struct NoBody: View { // expect-error: swiftui-missing-body
    var title = ""
}
