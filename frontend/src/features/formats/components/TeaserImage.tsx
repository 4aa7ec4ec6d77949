import type { TeaserImage as TeaserImageData } from '../api/teaserImage';

/**
 * A format's teaser image. On its page it says what it shows (its alternative text) and loads at once, as it is at
 * the top; on a card it only repeats what the title beside it says, so screen readers skip it (`alt=""`) and it loads
 * when scrolled near. Width and height keep its space free before it has loaded, so nothing below it moves.
 */
export function TeaserImage({ image, variant }: { image: TeaserImageData; variant: 'page' | 'card' }) {
  const page = variant === 'page';
  return (
    <img
      className={page ? 'teaser-image' : 'format-card__image'}
      src={image.url}
      alt={page ? image.altText : ''}
      width={image.width}
      height={image.height}
      loading={page ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
