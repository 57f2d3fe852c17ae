import Foundation // expect-error: swiftui-missing-import

struct MissingImportView: View {
    var body: some View {
        Text("No SwiftUI import")
    }
}
