try { print((35).toString(36)); } catch (e) { print(e.name); }
try { print((36).toString(36)); } catch (e) { print(e.name); }
try { print((1/3).toString(3)); } catch (e) { print(e.name); }
try { print((123.456).toString(16)); } catch (e) { print(e.name); }
try { print((255).toString(undefined)); } catch (e) { print(e.name); }
try { print((10).toString(1)); } catch (e) { print(e.name); }
// expect: z
// expect: 10
// expect: 0.1
// expect: 7b.74bc6a7ef9dc
// expect: 255
// expect: RangeError
