// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
const d = Object.getOwnPropertyDescriptor(