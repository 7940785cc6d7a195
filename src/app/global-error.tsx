"use client";

/** Last-resort 500 page when even the root layout failed; plain HTML, no site styles. */
export default function GlobalError() {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem", textAlign: "center" }}>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Xin lỗi bạn, trang báo tạm thời gặp sự cố. Vui lòng thử lại sau ít phút.</p>
        <p>
          <a href="/">Về trang chủ</a> · <a href="/m">Phiên bản di động</a>
        </p>
      </body>
    </html>
  );
}
