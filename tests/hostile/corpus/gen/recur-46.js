var o={get a(){ return JSON.stringify(o) }}; JSON.stringify(o);
