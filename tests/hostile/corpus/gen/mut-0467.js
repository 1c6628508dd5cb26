// copyWithin on fs.length === 0) return { error: 'no input files' };
  returrozen and primieivers throws
try { Array.prototype.copyWit`in.call('abc', 0, 1); } catch  catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.freeze([1, 2]).copyWithin(0, 1); } catch.copyWithin(0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.freeze([]).copyWithin(0, 0).length); // expect: 0
