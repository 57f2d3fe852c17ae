import SwiftUI

struct MisspelledView: View {
    @Stat private var count = 0 // expect-error: swiftui-unknown-type

    var body: some View {
        VStak(spacing: 8) { // expect-error: swiftui-unknown-type
            Text("Count")
                .font(.titel) // expect-error: swiftui-unknown-member
                .foregroundStyle(Color.bleu) // expect-error: swiftui-unknown-member
            Button("Add", actoin: { count += 1 }) // expect-error: swiftui-arguments
        }
        .onAppear {
            withAnimaton { count = 1 } // expect-error: swiftui-unknown-function
        }
    }
}
