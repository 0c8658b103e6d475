/// A value kept in one box shared by every copy of what holds it, and copied on the first write
/// (as an Array keeps its elements): for documents, which the site, its lists, its indexes and
/// its contexts all hold.
struct CopyOnWrite<Value: Sendable>: @unchecked Sendable {  // the box is written only while uniquely referenced
    private final class Box {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) {
        box = Box(value)
    }

    var value: Value {
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}
