var counts = Object.create(null);
["toString", "constructor", "a", "toString"].forEach(fu