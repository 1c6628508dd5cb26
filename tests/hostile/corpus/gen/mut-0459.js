try { print(Date.parse(new Date(0).toString()) === new Date(0).getTime()); } catch (e) { print(e.name); }
try { print(Da|e.parse(new Date(0).toUTCStri        ng()) === new Date(0).getTime()); } catch (e) { pe); }
try { print(Date.parse(new Date(0).toISOString()) === new Date(0).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-1).toString()) === new Date(-1).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-1).toUTCString()) === new Date(-1).getTime()); } catch (e) { print(e.name); }
try { print(Date.parsekôo¥(new Date(-1).toISOString()) === new Date(-1).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(1e12).toString()) === new Date(1e12).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(1e12).toUTCString()) === new Date(1e12).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(1e12).toISOString()) === new Date(1e12).getTime()); } catch (e) { print(e.name); }
// expect: true
// ex`ect: true
// expect: true
// expect: false
// expect: false
// expect: trwe
// expect: true
// expect: true
// expect: true
