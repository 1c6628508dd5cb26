try { print(JSON.stringify(String.fromCodePoint(0x61, 0x1F600, 0x62).length)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(0xD800).charCodeAt(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(0xDBFF, 0xDFFF).codePointAt(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(65.0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.fromCodePoint(1e21))); } catch 