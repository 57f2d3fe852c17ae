import SwiftUI

struct SyntaxView: View {
    var body: some View {
        VStack {
            Text("Unclosed" // expect-error: swift-missing
        }
    }
}
