// 联系人手机 13812345678
document.documentElement.classList.add("js");
