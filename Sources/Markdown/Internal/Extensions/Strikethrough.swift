import Ccmark

/// GitHub Flavored Markdown's strikethrough: text between a matching pair of one or two tildes
/// becomes `<del>`. Runs follow CommonMark's flanking rules, as emphasis does; a run of three
/// or more is text. Works on one container's children, after their text nodes were joined.
enum Strikethrough {
    private enum Piece {
        case text(String)
        case run(length: Int, canOpen: Bool, canClose: Bool)
        case node(OpaquePointer)
    }

    static func apply(in container: OpaquePointer) {
        var pieces: [Piece] = []
        var sawRun = false
        var child = cmark_node_first_child(container)
        while let current = child {
            if cmark_node_get_type(current) == CMARK_NODE_TEXT {
                let literal = CmarkNode.literal(current)
                if literal.utf8.contains(UInt8(ascii: "~")) {
                    sawRun = true
                    split(literal, before: cmark_node_previous(current), after: cmark_node_next(current), into: &pieces)
                } else {
                    pieces.append(.text(literal))
                }
            } else {
                pieces.append(.node(current))
            }
            child = cmark_node_next(current)
        }
        guard sawRun else { return }
        let closerOf = matchPairs(pieces)
        guard !closerOf.isEmpty else { return }
        rebuild(container, from: pieces, closerOf: closerOf)
    }

    /// Splits a text into text and tilde runs, deciding for each run whether it may open or close.
    private static func split(_ literal: String, before: OpaquePointer?, after: OpaquePointer?, into pieces: inout [Piece]) {
        let scalars = Array(literal.unicodeScalars)
        let outsideBefore: Unicode.Scalar? = before.map { isBreak($0) ? " " : "a" }
        let outsideAfter: Unicode.Scalar? = after.map { isBreak($0) ? " " : "a" }
        var text = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "~" else {
                text.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] == "~" { end += 1 }
            let length = end - index
            let previous = index > 0 ? scalars[index - 1] : outsideBefore
            let next = end < scalars.count ? scalars[end] : outsideAfter
            if length <= 2 {
                if !text.isEmpty { pieces.append(.text(String(text))); text = String.UnicodeScalarView() }
                let leftFlanking = !DelimiterCharacter.isWhitespace(next)
                    && (!DelimiterCharacter.isPunctuation(next) || DelimiterCharacter.isWhitespace(previous) || DelimiterCharacter.isPunctuation(previous))
                let rightFlanking = !DelimiterCharacter.isWhitespace(previous)
                    && (!DelimiterCharacter.isPunctuation(previous) || DelimiterCharacter.isWhitespace(next) || DelimiterCharacter.isPunctuation(next))
                pieces.append(.run(length: length, canOpen: leftFlanking, canClose: rightFlanking))
            } else {
                text.append(contentsOf: scalars[index..<end])
            }
            index = end
        }
        if !text.isEmpty { pieces.append(.text(String(text))) }
    }

    private static func isBreak(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
    }

    /// Opener index → closer index, with the stack discipline of CommonMark's emphasis: a closer
    /// takes the nearest opener of its length, and openers left between them stay text.
    private static func matchPairs(_ pieces: [Piece]) -> [Int: Int] {
        var openers: [Int] = []
        var closerOf: [Int: Int] = [:]
        for (index, piece) in pieces.enumerated() {
            guard case .run(let length, let canOpen, let canClose) = piece else { continue }
            if canClose, let position = openers.lastIndex(where: { opener in
                if case .run(let openerLength, _, _) = pieces[opener] { return openerLength == length }
                return false
            }) {
                closerOf[openers[position]] = index
                openers.removeSubrange(position...)
            } else if canOpen {
                openers.append(index)
            }
        }
        return closerOf
    }

    private static func rebuild(_ container: OpaquePointer, from pieces: [Piece], closerOf: [Int: Int]) {
        // Take the old children out; text nodes are written anew from the pieces.
        while let child = cmark_node_first_child(container) {
            cmark_node_unlink(child)
            if cmark_node_get_type(child) == CMARK_NODE_TEXT { cmark_node_free(child) }
        }
        let closers = Set(closerOf.values)
        var parents = [container]
        var pendingText = ""
        func flushText() {
            guard !pendingText.isEmpty, let node = InlineText.node(pendingText) else { return }
            cmark_node_append_child(parents[parents.count - 1], node)
            pendingText = ""
        }
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                pendingText += text
            case .node(let node):
                flushText()
                cmark_node_append_child(parents[parents.count - 1], node)
            case .run(let length, _, _):
                if closerOf[index] != nil, let strike = InlineText.raw(enter: "<del>", exit: "</del>") {
                    flushText()
                    cmark_node_append_child(parents[parents.count - 1], strike)
                    parents.append(strike)
                } else if closers.contains(index), parents.count > 1 {
                    flushText()
                    parents.removeLast()
                } else {
                    pendingText += String(repeating: "~", count: length)
                }
            }
        }
        flushText()
    }
}
