try { print(Date.parse("T10:00")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05TZ")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30.123+01:00")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-W10")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-065")); } catch (e) { print