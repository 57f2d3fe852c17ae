import SwiftUI

struct UnknownModifierView: View {
    var body: some View {
        VStack {
            Text("Hello")
                .paddin(8) // expect-error: swiftui-unknown-modifier
                .fontWeight(.heavyy) // expect-error: swiftui-unknown-member
            Image(systemName: "star")
                .padding()
                .resizable() // expect-error: swiftui-modifier-receiver
        }
        .frame(widht: 100) // expect-error: swiftui-arguments
    }
}
