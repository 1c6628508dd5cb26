// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
print(Math.f16round(1.337), Math.f16round(0.1), Math.f16round(-2.5), Math.f16round(1), Math.f16round(1024.5));
print(Math.f1