'xy'.repeat(2**29).length;
