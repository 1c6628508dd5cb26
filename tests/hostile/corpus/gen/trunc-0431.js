try { print(Date.UTC(1e10)); } catch (e) { print(e.name); }
try { print(Date.UTC(0, 0, 1)); } catch (e) { print(e.name); }
try { print(Date.UTC.length); } catch (e) { p