package org.mitwirken.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mitwirken.common.Actor;
import org.mitwirken.common.CityTime;
import org.mitwirken.common.geo.CityBounds;
import org.mitwirken.common.geo.Point;
import org.mitwirken.common.problem.ProblemException;
import org.mitwirken.common.problem.ValidationProblem;
import org.mitwirken.common.synthesis.Input;
import org.mitwirken.common.synthesis.InputKind;
import org.mitwirken.common.synthesis.InputSource;
import org.mitwirken.district.DistrictRef;
import org.mitwirken.district.DistrictService;
import org.mitwirken.format.FormatRef;
import org.mitwirken.format.FormatService;
import org.mitwirken.synthesis.SynthesisDtos.ObservationRequest;
import org.mitwirken.synthesis.SynthesisDtos.ObservationView;
import org.mitwirken.common.problem.GeneralCode;

/** Observations staff record from offline formats; they join the input pool like online contributions. */
@ApplicationScoped
public class ObservationService implements InputSource {

    @Inject
    EntityManager entityManager;

    @Inject
    FormatService formats;

    @Inject
    DistrictService districts;

    @Inject
    CityBounds city;

    @Transactional
    public ObservationView record(ObservationRequest request, Actor staff) {
        FormatRef format = formats.findRef(request.format(), true).orElseThrow(() -> ValidationProblem.of("format",
                GeneralCode.UNKNOWN, Map.of("value", request.format())));
        if (request.location() != null && !city.contains(request.location())) {
            throw new ValidationProblem(List.of(city.outside("location")));
        }
        Observation observation = new Observation();
        observation.formatId = format.id();
        observation.kind = request.kind();
        observation.title = request.title();
        observation.text = request.text();
        if (request.location() != null) {
            observation.longitude = request.location().lon();
            observation.latitude = request.location().lat();
        }
        observation.districtId = request.district() != null
                ? districts.findRef(request.district()).map(DistrictRef::id).orElseThrow(() -> ValidationProblem.of(
                        "district", GeneralCode.UNKNOWN, Map.of("value", request.district())))
                : request.location() != null ? districts.containing(request.location()).map(DistrictRef::id)
                        .orElse(null) : null;
        observation.dotCount = request.dotCount();
        observation.recordedBy = staff.name();
        observation.recordedBySubject = staff.subject();
        entityManager.persist(observation);
        entityManager.flush();
        return view(observation, format.slug());
    }

    @Transactional
    public void delete(UUID id) {
        Observation observation = entityManager.find(Observation.class, id);
        if (observation == null) {
            throw ProblemException.notFound(id.toString());
        }
        entityManager.remove(observation);
    }

    @Override
    public InputKind kind() {
        return InputKind.OBSERVATION;
    }

    /** Observations of formats the public may see; without the name of who recorded them. */
    @Override
    public List<Input> published() {
        Map<UUID, String> publicFormats = formats.publicRefs().stream()
                .collect(Collectors.toMap(FormatRef::id, FormatRef::slug));
        List<Observation> observations = entityManager.createQuery("from Observation o order by o.createdAt, o.id",
                Observation.class).getResultList();
        Map<UUID, String> districtSlugs = districts.refsByIds(observations.stream().map(o -> o.districtId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(DistrictRef::id, DistrictRef::slug));
        return observations.stream().filter(o -> publicFormats.containsKey(o.formatId))
                .map(o -> new Input(InputKind.OBSERVATION, o.id.toString(), o.title,
                        o.dotCount == null ? o.text : o.text + " (" + o.dotCount + " Punkte)",
                        publicFormats.get(o.formatId), o.districtId == null ? null : districtSlugs.get(o.districtId),
                        CityTime.dayOf(o.createdAt)))
                .toList();
    }

    private ObservationView view(Observation o, String format) {
        return new ObservationView(o.id, format, o.kind, o.title, o.text,
                o.longitude == null ? null : new Point(o.longitude, o.latitude),
                o.districtId == null ? null : districts.refsByIds(List.of(o.districtId)).get(0).slug(), o.dotCount,
                o.recordedBy);
    }
}
