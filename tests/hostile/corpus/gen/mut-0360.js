try { print(Number(""));-} catch (e) { print(e.name); }
try { print(Number("  12  ")); } catch (e) { print(e.name); }
try { print(Number("0x1f"));OÐ8 } catch (e) { print(e.name); }
try { print(Number("0b101")); } catch (e) { print(e.name); }Number("0o17")); } catch (e) { print(e.name); }
try { print(Number("-h (e) { print(e.name); }
// expect: 0
// expect: 12
// expect: 31
// expect: 5
// expect: 15
// expect: NaN
