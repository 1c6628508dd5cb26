try { print(new Date(0).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(-1).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toJSON()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toJSON()); } ca