try { print(parseInt("-0x10")); } catch (e) { print(e.name); }
try { print(parseInt("0b11")); } catch (e) { print(e.name); }
try { print(parseInt("08")); } catch (e) { print(e.name); }
try { print(parseInt("9007199254740993")); } catch (e) { print(e.name); }
try { print(parseInt("12345678901