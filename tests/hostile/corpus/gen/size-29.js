Array(2**31).toString();
