// The reference for the page benchmark: a bare Node HTTP server answering the very same
// bytes from memory, in its own process.
// Usage: node static-server.mjs <file> <content-type> <port> [content-encoding of those bytes]
import fs from "node:fs";
import http from "node:http";

const [file, contentType, port, contentEncoding = "identity"] = process.argv.slice(2);
const body = fs.readFileSync(file);
http
  .createServer((_req, res) => {
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": body.length,
      ...(contentEncoding === "identity" ? {} : { "content-encoding": contentEncoding, vary: "Accept-Encoding" }),
    });
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
