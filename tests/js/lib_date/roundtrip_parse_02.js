try { print(Date.parse(new Date(-62198755200000).toString()) === new Date(-62198755200000).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-62198755200000).toUTCString()) === new Date(-62198755200000).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-62198755200000).toISOString()) === new Date(-62198755200000).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(8.64e15).toString()) === new Date(8.64e15).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(8.64e15).toUTCString()) === new Date(8.64e15).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(8.64e15).toISOString()) === new Date(8.64e15).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-8.64e15).toString()) === new Date(-8.64e15).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-8.64e15).toUTCString()) === new Date(-8.64e15).getTime()); } catch (e) { print(e.name); }
try { print(Date.parse(new Date(-8.64e15).toISOString()) === new Date(-8.64e15).getTime()); } catch (e) { print(e.name); }
// expect: false
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
// expect: false
// expect: false
// expect: true
