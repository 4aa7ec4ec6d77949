import { Link } from 'react-router';
import type { Format } from '../api/listFormats';
import { FormatMeta } from './FormatFacts';
import { TeaserImage } from './TeaserImage';

/** Formats as a list of cards linking to their pages. */
export function FormatList({ formats, headingLevel = 4 }: { formats: Format[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="format-list">
      {formats.map((format) => (
        <li key={format.id} className={format.teaserImage ? 'format-card format-card--with-image' : 'format-card'}>
          {format.teaserImage && <TeaserImage image={format.teaserImage} variant="card" />}
          <Heading className="format-card__title">
            <Link to={`/formate/${format.slug}`}>{format.title}</Link>
          </Heading>
          <FormatMeta format={format} />
          <p>{format.summary}</p>
        </li>
      ))}
    </ul>
  );
}
