var r;
try { JSON.parse("{bad"); r = "parsed"; } catch { r = "invalid"; }
prin