#pragma once
// Thread safety of the bindings (docs/developer-guide.md#thread-safety).

namespace kzsec::python {
/// A function that releases the GIL first takes a private copy of every argument another
/// Python thread could mutate meanwhile (SignedGraph, Network, Scenario, option objects),
/// while it still holds the GIL, and computes on the copy. Every mutation from Python holds
/// the GIL, so the copy is one consistent state: the call sees the object as it was when the
/// call started. SignedGraph and Network are copy-on-write, so their copy is O(1): the data
/// is copied only if another thread modifies the object during the call. Immutable bound objects (NetworkIndex, world.Sources) and values converted
/// from Python (str, list, int) are already private and are not copied.
template <class T>
[[nodiscard]] T private_copy(const T& x) {
    return T(x);
}
}  // namespace kzsec::python
