import SwiftUI

struct CounterView: View {
    @State private var count = 0

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text("Count: \(count)")
                .font(.system(size: 20, weight: .bold))
                .foregroundStyle(.primary)
            Button("Add") {
                count += 1
            }
            .buttonStyle(.borderedProminent)
            .padding(.horizontal, 12)
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .padding()
    }
}

#Preview {
    CounterView()
}
