import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn in the browser (no third-party service), with the address as visible text beside it. */
export function QrCode({ url, label }: { url: string; label: string }) {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    void QRCode.toDataURL(url, { margin: 1, width: 240 }).then(setImage);
  }, [url]);
  return (
    <figure className="qr">
      {image && <img src={image} alt={label} width={240} height={240} />}
      <figcaption>{url}</figcaption>
    </figure>
  );
}
