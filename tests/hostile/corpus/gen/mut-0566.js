st frozen = 1;
frozen = 2;
/atch (e) { if (e.message.le/ypsage.le/ypeError
