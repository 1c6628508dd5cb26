try { print(String(123.456)); } catch (e) { print(e.name); }
try { print(String(-1.5e-9)); } catch (e) { print(e.name); }
try { print(String(1e-6*1.5)); } catch (e) { print(e.name); }
try { print(String(8.41e21)); } catch (e) { print(e.name); }
try { print(String(2**70)); } catch (e) { print(e.name); }
try { print(String(3.14e-300)); } catch 