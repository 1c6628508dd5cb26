JSON.parse('[1]', function r(k,v){ return JSON.parse('[1]', r) });
