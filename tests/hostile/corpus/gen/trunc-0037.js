try { String.raw(); } catch (e) { print(e.name); }
try { String.raw({}); } catch (e) { print(e.name); }
print(JSON.stringify(String.raw({ raw: { length: -1 } })));
print(String.raw({ raw: ["\\u", ""] }, 9)