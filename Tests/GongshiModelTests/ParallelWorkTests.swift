import Foundation
import GongshiModel
import Testing

/// `parallelMap` and `concurrently`, which the load, check and render stages share their
/// cores through.
@Suite struct ParallelWorkTests {
    @Test func mapsKeepTheirOrder() {
        let items = Array(0..<1_000)
        #expect(items.parallelMap { $0 * 2 } == items.map { $0 * 2 })
    }

    @Test func bothPiecesOfWorkGiveTheirResults() {
        let (a, b) = concurrently {
            "first"
        } _: {
            2
        }
        #expect(a == "first" && b == 2)
    }

    /// libdispatch runs a parallel map nested in another on one thread: were the two pieces
    /// of `concurrently` such a map, they would run one after the other inside any parallel
    /// map (and so would the resolver's and parser's maps inside them). Here each piece waits
    /// for the other to have started, which only pieces running at once can do.
    @Test func thePiecesRunAtOnceEvenInsideAParallelMap() {
        let met = Array(0..<2).parallelMap { _ -> Bool in
            let firstStarted = DispatchSemaphore(value: 0)
            let secondStarted = DispatchSemaphore(value: 0)
            let (first, second) = concurrently {
                firstStarted.signal()
                return secondStarted.wait(timeout: .now() + 30) == .success
            } _: {
                secondStarted.signal()
                return firstStarted.wait(timeout: .now() + 30) == .success
            }
            return first && second
        }
        #expect(met == [true, true])
    }
}
