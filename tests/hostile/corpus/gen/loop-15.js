while(1) { try { for(;;) break } finally { continue } };
