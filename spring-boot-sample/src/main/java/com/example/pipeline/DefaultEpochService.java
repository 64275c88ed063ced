package com.example.pipeline;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/** The epoch service; its cached method makes Spring proxy it with CGLIB. */
@Service
public class DefaultEpochService implements EpochService {
  @Override
  public String start(String epochId) {
    return epochId;
  }

  /**
   * A cached value: the reason this bean is proxied.
   *
   * @param epochId the epoch
   * @return its label
   */
  @Cacheable("epochs")
  public String label(String epochId) {
    return "label " + epochId;
  }
}
