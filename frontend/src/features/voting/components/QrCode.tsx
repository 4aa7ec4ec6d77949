import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn in the browser (no third-party service), with the address as visible text beside it. `size` is the
 * drawn width in pixels; the projector draws it large so it stays sharp across a hall.
 */
export function QrCode({ url, label, size = 240 }: { url: string; label: string; size?: number }) {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    void QRCode.toDataURL(url, { margin: 1, width: size }).then(setImage);
  }, [url, size]);
  return (
    <figure className="qr">
      {image && <img src={image} alt={label} width={size} height={size} />}
      <figcaption>{url}</figcaption>
    </figure>
  );
}
