try { print(new Date(253402300800000).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(-6213559