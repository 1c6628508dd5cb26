try { var o={}; for(var i=0;i<1e6;i++) o={o:o}; JSON.stringify(o); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
