var s='ab'.repeat(1<<20);for(var i=0;i<20;i++)s=s+s;JSON.stringify(s);
